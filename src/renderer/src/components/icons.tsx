import {
  ArrowLeftOutlined as AntArrowLeftOutlined,
  CheckCircleFilled as AntCheckCircleFilled,
  CheckCircleOutlined as AntCheckCircleOutlined,
  CloseCircleFilled as AntCloseCircleFilled,
  CloseCircleOutlined as AntCloseCircleOutlined,
  CloudOutlined as AntCloudOutlined,
  CloudSyncOutlined as AntCloudSyncOutlined,
  CopyOutlined as AntCopyOutlined,
  CustomerServiceOutlined as AntCustomerServiceOutlined,
  DeleteOutlined as AntDeleteOutlined,
  DisconnectOutlined as AntDisconnectOutlined,
  DownOutlined as AntDownOutlined,
  FileOutlined as AntFileOutlined,
  FilePdfOutlined as AntFilePdfOutlined,
  FileWordOutlined as AntFileWordOutlined,
  HistoryOutlined as AntHistoryOutlined,
  HomeOutlined as AntHomeOutlined,
  InfoCircleOutlined as AntInfoCircleOutlined,
  PlusOutlined as AntPlusOutlined,
  RightOutlined as AntRightOutlined,
  SettingOutlined as AntSettingOutlined,
  StopOutlined as AntStopOutlined,
  UploadOutlined as AntUploadOutlined,
  UserOutlined as AntUserOutlined,
  WarningFilled as AntWarningFilled,
  WarningOutlined as AntWarningOutlined
} from '@ant-design/icons'
import type { ComponentProps, ComponentType } from 'react'

type IconProps = ComponentProps<typeof AntPlusOutlined>

/**
 * antd's icons name themselves in English ("plus", "delete"), which a screen reader reads out on a
 * Chinese screen and adds to the name of the button around them. The app's icons are decoration
 * beside words or inside a labelled button, so they are hidden from assistive technology, unless
 * given an aria-label of their own (a mark that stands alone, such as "号码校验通过").
 */
function decorative(Icon: ComponentType<IconProps>): ComponentType<IconProps> {
  return function DecorativeIcon(props: IconProps) {
    return <Icon aria-hidden={props['aria-label'] === undefined ? true : undefined} {...props} />
  }
}

export const ArrowLeftOutlined = decorative(AntArrowLeftOutlined)
export const CheckCircleFilled = decorative(AntCheckCircleFilled)
export const CheckCircleOutlined = decorative(AntCheckCircleOutlined)
export const CloseCircleFilled = decorative(AntCloseCircleFilled)
export const CloseCircleOutlined = decorative(AntCloseCircleOutlined)
export const CloudOutlined = decorative(AntCloudOutlined)
export const CloudSyncOutlined = decorative(AntCloudSyncOutlined)
export const CopyOutlined = decorative(AntCopyOutlined)
export const CustomerServiceOutlined = decorative(AntCustomerServiceOutlined)
export const DeleteOutlined = decorative(AntDeleteOutlined)
export const DisconnectOutlined = decorative(AntDisconnectOutlined)
export const DownOutlined = decorative(AntDownOutlined)
export const FileOutlined = decorative(AntFileOutlined)
export const FilePdfOutlined = decorative(AntFilePdfOutlined)
export const FileWordOutlined = decorative(AntFileWordOutlined)
export const HistoryOutlined = decorative(AntHistoryOutlined)
export const HomeOutlined = decorative(AntHomeOutlined)
export const InfoCircleOutlined = decorative(AntInfoCircleOutlined)
export const PlusOutlined = decorative(AntPlusOutlined)
export const RightOutlined = decorative(AntRightOutlined)
export const SettingOutlined = decorative(AntSettingOutlined)
export const StopOutlined = decorative(AntStopOutlined)
export const UploadOutlined = decorative(AntUploadOutlined)
export const UserOutlined = decorative(AntUserOutlined)
export const WarningFilled = decorative(AntWarningFilled)
export const WarningOutlined = decorative(AntWarningOutlined)
